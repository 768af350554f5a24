import net from 'node:net';
import { DutyGraphError, ErrorCode, messageOf } from '../../errors.js';

/**
 * Fails with one line when `host:port` cannot be listened on (in use, not ours, no such
 * interface) — checked before any seeding, so a second `npm start` says so at once instead
 * of after loading the samples. Port 0 (any free port) always passes.
 */
export async function checkPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? 'is already in use (is another `npm start` running?)'
        : error.code === 'EACCES' ? 'needs privileges this process does not have'
        : error.code === 'EADDRNOTAVAIL' ? 'is on an address this machine does not have'
        : `cannot be listened on: ${messageOf(error)}`;
      reject(new DutyGraphError(ErrorCode.BadConfig, `PORT ${port} on HOST ${host} ${reason}`));
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}
