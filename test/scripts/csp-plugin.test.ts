// @vitest-environment node
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY, DEV_POLICY, HEADER_POLICY, securityHeaders } from '../../scripts/csp-plugin';

const root = new URL('../../', import.meta.url);
const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d] as const));

describe('the security headers', () => {
  it('the header policy is the meta policy plus frame-ancestors', () => {
    expect(HEADER_POLICY).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(directives(HEADER_POLICY).get('connect-src')).toBe("connect-src 'self'");
  });

  it('dev differs only by allowing inline scripts and styles (hot reload); the origin rules are the same', () => {
    const dev = directives(DEV_POLICY);
    for (const [name, value] of directives(HEADER_POLICY)) {
      const inline = name === 'script-src' || name === 'style-src';
      expect(dev.get(name)?.includes("'unsafe-inline'")).toBe(inline);
      expect(dev.get(name)?.replace(" 'unsafe-inline'", '')).toBe(value);
    }
  });

  it('public/_headers (Netlify, Cloudflare Pages) sends exactly the preview server’s headers to every path', () => {
    const text = readFileSync(new URL('public/_headers', root), 'utf8');
    const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    expect(lines[0]).toBe('/*');
    const sent = Object.fromEntries(
      lines.slice(1).map((l) =>
        l
          .trim()
          .split(/: (.*)/s)
          .slice(0, 2),
      ),
    );
    expect(sent).toEqual(securityHeaders(HEADER_POLICY));
  });

  it('vercel.json sends exactly the same headers to every path', () => {
    const config = JSON.parse(readFileSync(new URL('vercel.json', root), 'utf8')) as {
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    expect(config.headers).toHaveLength(1);
    expect(config.headers[0].source).toBe('/(.*)');
    expect(Object.fromEntries(config.headers[0].headers.map((h) => [h.key, h.value]))).toEqual(securityHeaders(HEADER_POLICY));
  });
});
