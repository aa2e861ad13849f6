/** Lines and exact byte runs pulled from a stream of chunks, holding no more than one record in memory. */
export class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;
  /** Bytes consumed so far, for messages that point into the file. */
  offset = 0;

  constructor(private readonly chunks: AsyncIterator<Buffer>) {}

  private async more(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.chunks.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.buffer = this.buffer.length === 0 ? next.value : Buffer.concat([this.buffer, next.value]);
    return true;
  }

  /** The next line without its CRLF or LF; null at the end of the stream. Lines over `max` bytes throw. */
  async line(max = 64 * 1024): Promise<string | null> {
    for (;;) {
      const at = this.buffer.indexOf(0x0a);
      if (at >= 0) {
        const line = this.consume(at + 1).toString("utf8");
        return line.replace(/\r?\n$/, "");
      }
      if (this.buffer.length > max) throw new Error(`a header line over ${max} bytes at byte ${this.offset}`);
      if (!(await this.more()))
        return this.buffer.length > 0 ? this.consume(this.buffer.length).toString("utf8") : null;
    }
  }

  /** Exactly n bytes; throws when the stream ends first. */
  async take(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let left = n;
    while (left > 0) {
      if (this.buffer.length === 0 && !(await this.more()))
        throw new Error(`truncated: ${left} bytes missing at the end`);
      const part = this.consume(Math.min(left, this.buffer.length));
      parts.push(part);
      left -= part.length;
    }
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  }

  /** Drops n bytes without keeping them (a video in an archive is never held in memory). */
  async skip(n: number): Promise<void> {
    let left = n;
    while (left > 0) {
      if (this.buffer.length === 0 && !(await this.more()))
        throw new Error(`truncated: ${left} bytes missing at the end`);
      left -= this.consume(Math.min(left, this.buffer.length)).length;
    }
  }

  private consume(n: number): Buffer {
    const head = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    this.offset += n;
    return head;
  }
}
