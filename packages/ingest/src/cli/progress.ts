import cliProgress from "cli-progress";

/** A progress bar on a terminal, nothing otherwise; `log` prints a line without breaking the bar. */
export interface Progress {
  start(total: number): void;
  update(done: number, label?: string): void;
  log(line: string): void;
  stop(): void;
}

export function progressOn(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    return { start() {}, update() {}, log: (line) => void stream.write(`${line}\n`), stop() {} };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: " {bar} {value}/{total} {percentage}% · {eta_formatted} left · {label}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  let done = 0;
  return {
    start(total) {
      bar.start(total, 0, { label: "" });
      running = true;
    },
    update(value, label = "") {
      done = value;
      bar.update(value, { label: label.length > 40 ? `…${label.slice(-39)}` : label });
    },
    log(line) {
      if (!running) {
        stream.write(`${line}\n`);
        return;
      }
      // Clear the bar's line, print, and let the bar redraw under it.
      stream.write(`\r\x1b[K${line}\n`);
      bar.update(done);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
