/**
 * What an endpoint of a plugin declares, in its `custom`, to be served at a public path
 * (outside /api): the edge's routing table is built from these, so a new public endpoint needs
 * no other edit.
 */
export type PublicEndpointCustom = {
  /** The public path, in the same syntax as the endpoint's own path: `/feeds/:file`. */
  publicPath: string
  /** Widget frame pages only: other sites may frame them. */
  frameable?: boolean
  /**
   * The query parameters the endpoint reads. The edge drops every other one, from the request and
   * from its cache key (`/sitemap.xml?x=1` is `/sitemap.xml`). Absent: the endpoint refuses, by
   * name, any parameter it does not know. Either way each parameter is one value.
   */
  parameters?: readonly string[]
}
