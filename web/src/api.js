// The one way the page reaches data: POST /graphql. Errors come out as two kinds, so views can
// tell "the API is down" (banner) from "the query was refused" (message in place).

export class ApiDownError extends Error {}
export class QueryError extends Error {}

const ENDPOINT = "graphql";

/** Run a GraphQL query; resolves to its `data`, rejects with ApiDownError or QueryError. */
export async function gql(query, variables = {}, { signal } = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (err.name === "AbortError") throw err;
    throw new ApiDownError(`The API cannot be reached (${err.message}).`);
  }
  const body = await readJson(response);
  // A newer navigation has begun: this answer must not draw over it.
  if (signal?.aborted) throw new DOMException("superseded", "AbortError");
  if (body?.errors?.length) {
    const message = body.errors.map((e) => e.message).join("; ");
    // A masked internal error or an unreachable Neo4j is the server's trouble, not the query's.
    if (response.status >= 500 || /unavailable|not reachable|internal server error/i.test(message)) {
      throw new ApiDownError(`The API could not answer: ${message}`);
    }
    throw new QueryError(message);
  }
  if (!response.ok || !body?.data) {
    throw new ApiDownError(`The API answered ${response.status} ${response.statusText}.`);
  }
  return body.data;
}

async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}
