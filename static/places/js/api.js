import { query } from "./state.js";

// Fetch JSON from the app's API; failures become Errors with a readable message.
export async function getJSON(url, params = {}) {
  const search = query(params);
  const full = search ? `${url}?${search}` : url;
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
