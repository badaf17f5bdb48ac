/**
 * CORS preflight: any origin may ask. Anonymous reads are open to every site (like the
 * widgets); a partner's request then checks the key's allowed origins, and writes need a
 * session the browser will not send from another site.
 */
export function preflight(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*',
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, Accept-Language, If-None-Match, apollo-require-preflight',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    },
  })
}
