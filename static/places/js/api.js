// Fetch JSON from the app's API; failures become Errors with a readable message.
export async function getJSON(url, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const full = query.toString() ? `${url}?${query}` : url;
  let response;
  try {
    response = await fetch(full, { headers: { Accept: "application/json" } });
  } catch (error) {
    throw new Error(`The server could not be reached (${error.message}).`);
  }
  if (!response.ok) {
    throw new Error(`The server answered ${response.status} for ${url}.`);
  }
  return response.json();
}
