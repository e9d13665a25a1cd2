// A stored file as a download: always an attachment, its own content type, never sniffed or rendered
// by the browser (nosniff, a sandboxing CSP), never cached by shared caches.
export function attachmentResponse(body: Uint8Array | string, fileName: string, contentType: string): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return new Response(typeof body === 'string' ? body : Buffer.from(body), {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  });
}
