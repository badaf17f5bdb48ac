import crypto from 'node:crypto'

/**
 * Payload's server-side live preview, without a framework: tell the admin the page is ready,
 * then reload on each save, draft save or publish (the admin posts `payload-document-event`;
 * see payloadcms.com/docs/live-preview/server, "building your own router refresh component").
 * Written out rather than bundled from @payloadcms/live-preview: reader pages ship no script
 * bundle, and these two calls are the whole protocol.
 */
export const livePreviewScript =
  "addEventListener('message',function(e){if(e.origin===location.origin&&e.data&&e.data.type==='payload-document-event')location.reload()});" +
  "if(parent!==window)parent.postMessage({type:'payload-live-preview',ready:true},location.origin);"

export const livePreviewScriptHash = `'sha256-${crypto.createHash('sha256').update(livePreviewScript).digest('base64')}'`
