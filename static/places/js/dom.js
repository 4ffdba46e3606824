// Build DOM nodes from data with textContent only: article text is untrusted.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "className") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function safeHref(url) {
  return /^https?:\/\//i.test(url || "") ? url : null;
}

export function showStatus(message, kind = "info") {
  const status = document.getElementById("status");
  status.textContent = message;
  status.className = `status ${message ? kind : ""}`;
  status.setAttribute("role", kind === "error" ? "alert" : "status");
}
