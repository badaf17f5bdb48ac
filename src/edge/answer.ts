/** A handler's answer held whole: small enough to compress, tag, keep and validate. */
export type Answer = { status: number; headers: Headers; body: Buffer }

export async function materialize(response: Response): Promise<Answer> {
  return { status: response.status, headers: new Headers(response.headers), body: Buffer.from(await response.arrayBuffer()) }
}
