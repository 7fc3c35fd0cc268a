/**
 * Where each file's bytes sit in the body. The multipart framing adds a few hundred bytes per part, so the upload's
 * byte count is spread over the files in proportion to their sizes: monotone, and 1 for each when the body is sent.
 */
export function fileFractions(files: {size: number}[], fieldBytes: number, loaded: number, total: number): number[] {
  const content = fieldBytes + files.reduce((sum, file) => sum + file.size, 0);
  const sent = total > 0 ? (loaded / total) * content : 0;
  let start = fieldBytes;
  return files.map((file) => {
    const fraction = file.size === 0 ? (sent >= start ? 1 : 0) : (sent - start) / file.size;
    start += file.size;
    return Math.min(1, Math.max(0, fraction));
  });
}

