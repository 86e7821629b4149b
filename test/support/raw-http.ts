import { connect } from 'node:net';

/** Sends raw bytes to a local port; resolves with all that comes back once the server closes. */
export function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let got = '';
    socket.on('data', (d) => {
      got += d.toString();
    });
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
  });
}
