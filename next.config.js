// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Build output goes to NEXT_DIST_DIR when set, so the e2e suite can build without touching the one npm start serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
