/** A file sent in a multipart form: its field name, its bytes, the name and type a browser gives it. */
export type FilePart = { field: string; bytes: Uint8Array<ArrayBuffer>; name: string; type: string };

/** A multipart form as a browser sends it: the text fields, then each file in its field. */
export function multipartForm(values: Record<string, string>, files: FilePart[] = []): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  for (const file of files) data.append(file.field, new File([file.bytes], file.name, { type: file.type }));
  return data;
}
