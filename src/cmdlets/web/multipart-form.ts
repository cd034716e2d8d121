/**
 * -Form: the dictionary as multipart/form-data, as pwsh's AddMultipartContent builds it with
 * .NET's MultipartFormDataContent: a FileInfo value is a file part (application/octet-stream,
 * its name as filename and filename*), a collection one part per item (not enumerated further),
 * anything else a text part (text/plain; charset=utf-8). The boundary is a new GUID, quoted in
 * the Content-Type as .NET writes it.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { baseObject, enumerableItems, toPSString } from '../../engine/conversion/index.js';
import type { Hashtable } from '../../engine/values/index.js';
import { FileInfo } from '../filesystem/items.js';

export interface MultipartBody {
  contentType: string;
  body: Uint8Array;
}

interface Part {
  headers: string[];
  content: Uint8Array;
}

function addPart(parts: Part[], name: string, value: unknown, enumerate: boolean): void {
  const field = baseObject(value);
  if (field instanceof FileInfo) {
    parts.push({
      headers: [`Content-Disposition: form-data; name=${name}; filename=${field.name}; filename*=utf-8''${encodeURIComponent(field.name)}`, 'Content-Type: application/octet-stream'],
      content: readFileSync(field.fullName),
    });
    return;
  }
  const items = enumerate && typeof field !== 'string' ? enumerableItems(field) : undefined;
  if (items === undefined) {
    parts.push({ headers: ['Content-Type: text/plain; charset=utf-8', `Content-Disposition: form-data; name=${name}`], content: Buffer.from(toPSString(field), 'utf8') });
    return;
  }
  for (const item of items) addPart(parts, name, item, false);
}

export function multipartForm(form: Hashtable): MultipartBody {
  const parts: Part[] = [];
  for (const [key, value] of form) addPart(parts, toPSString(baseObject(key)), value, true);
  const boundary = randomUUID();
  const chunks: Uint8Array[] = [];
  parts.forEach((part, index) => {
    chunks.push(Buffer.from(`${index === 0 ? '' : '\r\n'}--${boundary}\r\n${part.headers.join('\r\n')}\r\n\r\n`, 'utf8'), part.content);
  });
  chunks.push(Buffer.from(`${parts.length ? '\r\n' : ''}--${boundary}--\r\n`, 'utf8'));
  return { contentType: `multipart/form-data; boundary="${boundary}"`, body: Buffer.concat(chunks) };
}
