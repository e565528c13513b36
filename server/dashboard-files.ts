// The built dashboard (dashboard/dist): every asset precompressed by the build
// (brotli and gzip, chosen by Accept-Encoding), hashed assets cached for a
// year without revalidation, the pages (index.html, explorer.html) revalidated
// on every load so a new build is picked up at once.
import type http from 'node:http';
import path from 'node:path';
import type express from 'express';
import expressStaticGzip from 'express-static-gzip';
import { ROOT_DIR } from './config.ts';

export const DASHBOARD_DIR = path.join(ROOT_DIR, 'dashboard', 'dist');

/** Vite names every file under assets/ by its content's hash. */
const HASHED = `${path.sep}assets${path.sep}`;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

function cacheControl(res: http.ServerResponse, file: string): void {
  res.setHeader('Cache-Control', file.includes(HASHED) ? IMMUTABLE : REVALIDATE);
}

/** Static files of the dashboard; reads which precompressed files exist once, at start. */
export function dashboardFiles(): express.RequestHandler {
  return expressStaticGzip(DASHBOARD_DIR, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: 'index.html',
    serveStatic: { cacheControl: false, setHeaders: cacheControl },
  });
}

/** A page of the dashboard (the app for its client-side routes, or the explorer), always revalidated. */
export function sendPage(res: express.Response, page: 'index.html' | 'explorer.html'): void {
  res.setHeader('Cache-Control', REVALIDATE);
  res.sendFile(path.join(DASHBOARD_DIR, page), { cacheControl: false });
}
