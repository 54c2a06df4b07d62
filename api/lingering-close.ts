import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface LingeringCloseOptions {
  /** Close once the client has sent nothing for this long. */
  idleMs: number;
  /** Close after this long whatever the client still sends. */
  maxMs: number;
}

/** nginx's lingering_timeout and lingering_time. */
export const DEFAULT_LINGERING_CLOSE: LingeringCloseOptions = { idleMs: 5_000, maxMs: 30_000 };

/**
 * The "TCP reset problem" (RFC 9112 §9.6): a server that closes a connection while the client is still
 * sending a body it will not read (a 413, or a 401 answered before the body) makes the kernel reset
 * the connection, and the reset can destroy the answer before the client reads it: the client sees
 * EPIPE instead of the problem body. Node's server closes at once (nodejs/node#12339, #54366), so
 * each connection it would close is closed in stages instead: the answer is sent and the sending
 * side shut, then what the client still sends is read and dropped until it closes its side, falls
 * silent, or the time runs out.
 */
export function lingerOnClose(
  server: Server,
  options: LingeringCloseOptions = DEFAULT_LINGERING_CLOSE,
): void {
  server.on('connection', (socket: Socket) => {
    // Node's server calls destroySoon on a connection it will not keep alive, once the answer is written.
    socket.destroySoon = function lingeringClose(this: Socket) {
      if (this.writable) this.end();
      const destroyOnceSent = () => {
        clearInterval(watch);
        clearTimeout(deadline);
        if (this.writableFinished) this.destroy();
        else this.once('finish', () => this.destroy());
      };
      // The HTTP parser reads the socket's handle directly, without 'data' events: progress is bytesRead.
      let bytesRead = this.bytesRead;
      const watch = setInterval(() => {
        if (this.bytesRead === bytesRead) destroyOnceSent();
        bytesRead = this.bytesRead;
      }, options.idleMs).unref();
      const deadline = setTimeout(destroyOnceSent, options.maxMs).unref();
      if (this.readableEnded || this.destroyed) destroyOnceSent();
      else {
        this.once('end', destroyOnceSent);
        this.once('close', destroyOnceSent);
      }
      return this;
    };
  });
}
