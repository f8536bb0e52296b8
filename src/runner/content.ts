/**
 * Whether what a download brought is what was asked for: a video container or a preview image,
 * judged by the declared content type and the file's first bytes. Pure.
 */

/** What a download should be. */
export type ExpectedContent = 'video' | 'image';

/** Bytes of the head needed to judge every signature below. */
export const SIGNATURE_BYTES = 12;

function ascii(head: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...head.subarray(from, to));
}

/** MP4/MOV (an ISO BMFF box at offset 0: `ftyp`, or QuickTime's older first atoms) or WebM/Matroska (EBML). */
function isVideo(head: Uint8Array): boolean {
  if (head.length >= 8 && ['ftyp', 'moov', 'mdat', 'wide', 'free', 'skip'].includes(ascii(head, 4, 8))) return true;
  return head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3;
}

/** PNG, JPEG or WebP. */
function isImage(head: Uint8Array): boolean {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (head.length >= 8 && png.every((byte, i) => head[i] === byte)) return true;
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return true;
  return head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP';
}

/** A content type that names a document, never media: an error page or an error object. */
function isDocumentType(type: string): boolean {
  const essence = type.split(';')[0]!.trim().toLowerCase();
  return essence.startsWith('text/') || essence.includes('json') || essence.includes('xml') || essence.includes('html');
}

/**
 * Why the download is not the expected content, or undefined when it is. `head` is the first
 * bytes (at least SIGNATURE_BYTES unless the body ended sooner); `ended` says the body ended
 * there, so a short head is the whole file.
 */
export function contentProblem(expected: ExpectedContent, contentType: string | undefined, head: Uint8Array, ended: boolean): string | undefined {
  const declared = contentType === undefined ? 'no content type' : `content type ${contentType.slice(0, 80)}`;
  if (ended && head.length === 0) return `it is empty, 0 bytes (${declared})`;
  if (contentType !== undefined && isDocumentType(contentType)) return `${declared}, not ${expected === 'video' ? 'a video' : 'an image'}`;
  const matches = expected === 'video' ? isVideo(head) : isImage(head);
  if (matches) return undefined;
  return `${declared}, and its first bytes are not ${expected === 'video' ? 'an MP4, MOV or WebM file' : 'a PNG, JPEG or WebP image'}`;
}

/** The first bytes as text when they are printable (an error page's start), else as hex; truncated. */
export function describeHead(head: Uint8Array, max = 120): string {
  const shown = head.subarray(0, max);
  const text = Buffer.from(shown).toString('utf8');
  const printable = !/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/.test(text);
  const more = head.length > max ? '…' : '';
  if (printable) return JSON.stringify(text.replace(/\s+/g, ' ')) + more;
  return `${Buffer.from(shown.subarray(0, 32)).toString('hex')}${head.length > 32 ? '…' : ''} (hex)`;
}
