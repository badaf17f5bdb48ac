/** A JSON error a widget on another origin can read: CORS open, never cached. */
export function problem(status: number, message: string): Response {
  return Response.json(
    { error: message },
    { status, headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' } },
  )
}
