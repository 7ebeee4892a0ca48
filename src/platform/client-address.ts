import type { Context } from 'hono';
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from './context.ts';

/**
 * The client's address as per-address limits count it. Behind `TRUST_PROXY=N` reverse proxies it is the
 * Nth `X-Forwarded-For` entry from the right — the one the outermost trusted proxy saw; entries further left
 * were written by the client and prove nothing. Without proxies it is the socket's address. IPv6 addresses
 * count by their /64 network, since one home or phone holds a whole /64 and can pick any address in it.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const hops = c.var.deps.config.trustProxy;
  if (hops > 0) {
    const chain = (c.req.header('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
    const seen = chain.length >= hops ? addressKey(chain[chain.length - hops]) : null;
    if (seen) return seen;
    // Fewer entries than proxies means the chain is not what the operator declared: count the socket's
    // address (our own proxy) rather than trust anything the client wrote.
  }
  let socketAddress: string | undefined;
  try {
    socketAddress = getConnInfo(c).remote.address;
  } catch {
    return 'local'; // in-process requests (tests) have no socket
  }
  return (socketAddress && addressKey(socketAddress)) ?? 'unknown';
}

/** An address as written in a header or by the socket (`1.2.3.4:80`, `[::1]:80`, `::ffff:1.2.3.4`), as a limit key; null when it is no address. */
export function addressKey(written: string): string | null {
  let address = written.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  address = address.replace(/%.*$/, ''); // an IPv6 zone (fe80::1%eth0) names our own interface
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1];
  const version = isIP(address);
  if (version === 4) return address;
  if (version === 6) return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
  return null;
}

function ipv6Groups(address: string): string[] {
  const [head, tail = null] = address.toLowerCase().split('::');
  const part = (s: string | null) => (s ? s.split(':') : []);
  const withV4 = (groups: string[]) =>
    groups.flatMap((g) => (g.includes('.') ? ((n) => [((n[0] << 8) | n[1]).toString(16), ((n[2] << 8) | n[3]).toString(16)])(g.split('.').map(Number)) : [g]));
  const left = withV4(part(head));
  const right = withV4(part(tail));
  const missing = tail === null ? [] : new Array(8 - left.length - right.length).fill('0');
  return [...left, ...missing, ...right].map((g) => g.replace(/^0+(?=.)/, ''));
}
