import { afterAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/support/app.ts';
import { addressKey, clientAddress } from './client-address.ts';

const contexts: TestContext[] = [];
afterAll(async () => {
  for (const ctx of contexts) await ctx.close();
});

/** The address the app counts for a request with this X-Forwarded-For, behind `proxies` trusted proxies. */
async function seenAddress(proxies: number, forwardedFor?: string): Promise<string> {
  const ctx = await createTestContext({ trustProxy: proxies });
  contexts.push(ctx);
  ctx.app.get('/test-only/address', (c) => c.text(clientAddress(c)));
  const res = await ctx.client().get('/test-only/address', forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor });
  return res.text();
}

describe('client address behind reverse proxies', () => {
  it('takes the entry the trusted proxy wrote, never one the client wrote', async () => {
    // nginx's $proxy_add_x_forwarded_for appends the peer to whatever the client sent.
    expect(await seenAddress(1, '6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
    expect(await seenAddress(1, '203.0.113.7')).toBe('203.0.113.7');
    expect(await seenAddress(2, '6.6.6.6, 6.6.6.7, 203.0.113.7, 10.0.0.2')).toBe('203.0.113.7');
    expect(await seenAddress(1, '6.6.6.6,203.0.113.7:51234')).toBe('203.0.113.7');
  });

  it('ignores X-Forwarded-For without a proxy, and when the chain is shorter than the proxies declared or not an address', async () => {
    expect(await seenAddress(0, '6.6.6.6')).toBe('local');
    expect(await seenAddress(2, '6.6.6.6')).toBe('local');
    expect(await seenAddress(1, '6.6.6.6, not-an-address')).toBe('local');
    expect(await seenAddress(1)).toBe('local');
  });

  it('counts an IPv6 client by its /64 network and an IPv4-mapped address as IPv4', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('[2001:db8:1:2:ffff:ffff:ffff:ffff]:443')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::7')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('::ffff:198.51.100.4')).toBe('198.51.100.4');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('unknown')).toBeNull();
    expect(addressKey('1.2.3.4.5')).toBeNull();
  });

  it('keeps per-address limits when the client writes its own X-Forwarded-For entries', async () => {
    const ctx = await createTestContext({ trustProxy: 1 });
    contexts.push(ctx);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await ctx.client().post('/account/forgot-password', { email: `person${i}@example.org` }, { 'x-forwarded-for': `10.9.8.${i}, 203.0.113.9` });
      statuses.push(res.status);
    }
    // Ten mail requests per address and hour: the eleventh from the same client is refused, whatever it wrote.
    expect(statuses.slice(0, 10).every((s) => s === 303)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
