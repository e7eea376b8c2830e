/**
 * Ends a command-line process with `code` once everything it wrote to stdout and stderr has been
 * handed over. process.exit() straight after a write drops what a pipe has not taken yet (a pipe
 * takes 64 KiB at a time: `trellis schedule plan.xml | wc -c` counted 131,072 of 916,828 bytes);
 * the callback of one more (empty) write runs once every write before it is done. Exiting then,
 * rather than waiting for the event loop to empty, still ends a command whose database pool or
 * timer would keep it alive. A reader that went away (`| head`) ends the process at once.
 */
export function exitWhenWritten(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit();
  };
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit();
    });
    stream.write('', done);
  }
}
