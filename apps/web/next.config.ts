import type { NextConfig } from "next";

// Next's own runtime needs inline scripts and styles; everything else is same-origin only. `next dev` also
// evaluates its modules (fast refresh): without 'unsafe-eval' there no client component would ever run.
const DEV = process.env.NODE_ENV === "development";
const CSP = [
  "default-src 'self'",
  DEV ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'" : "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CSP },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const config: NextConfig = {
  transpilePackages: ["@deconflict/db", "@deconflict/domain"],
  serverExternalPackages: ["@libsql/client", "libsql"],
  poweredByHeader: false,
  // The db package finds its migrations and the repo root from import.meta.url. Bundlers would treat
  // `new URL(dir, import.meta.url)` as an asset import; webpack can be told not to, keeping the source file's URL.
  webpack(webpackConfig) {
    webpackConfig.module.parser = {
      ...webpackConfig.module.parser,
      javascript: { ...webpackConfig.module.parser?.javascript, url: false },
    };
    return webpackConfig;
  },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default config;
