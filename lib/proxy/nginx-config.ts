import path from 'node:path';
import { READING_MODE_COOKIE } from '@/lib/reader/reading-mode';
import { PLACEHOLDER_NONCE, PROXY_RENDER_HEADER } from './proxy-render';

export interface NginxOptions {
  /** nginx's working directory: its pid, logs, temporary files and cache live here. */
  prefix: string;
  /** Where nginx listens (all addresses). */
  port: number;
  /** The app (server.ts) on 127.0.0.1. */
  appPort: number;
  /** Workers run as root only when nginx is started as root (a container); otherwise as whoever starts it. */
  asRoot: boolean;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The nginx configuration of `npm run start:proxy`: a cache in front of the app for the public pages,
 * which the app marks as shareable (X-Accel-Expires, lib/proxy/shared-pages.ts) and renders with a
 * placeholder nonce; nginx replaces the placeholder, in the body and in the Content-Security-Policy, with
 * $request_id (128 random bits, new for every response, cached or not). The reading-mode cookie is part
 * of the cache key; responses that set a cookie, RSC requests, and everything the app does not mark are
 * never cached. The app's own Cache-Control (no-store for pages, so browsers and other caches keep
 * nothing) is passed on unchanged.
 */
export function nginxConfig({ prefix, port, appPort, asRoot }: NginxOptions): string {
  const placeholder = escapeRegex(`'nonce-${PLACEHOLDER_NONCE}'`);
  return `# Written by npm run start:proxy (lib/proxy/nginx-config.ts); edits are lost on the next start.
${asRoot ? 'user root root;\n' : ''}worker_processes auto;
daemon off;
pid ${path.join(prefix, 'nginx.pid')};
error_log stderr warn;

events {
  worker_connections 1024;
}

http {
  access_log off;
  server_tokens off;
  default_type application/octet-stream;
  client_body_temp_path ${path.join(prefix, 'client-body')};
  proxy_temp_path ${path.join(prefix, 'proxy')};
  fastcgi_temp_path ${path.join(prefix, 'fastcgi')};
  uwsgi_temp_path ${path.join(prefix, 'uwsgi')};
  scgi_temp_path ${path.join(prefix, 'scgi')};

  gzip on;
  gzip_min_length 1024;
  gzip_types text/plain text/css text/x-component application/javascript application/json application/atom+xml image/svg+xml;

  proxy_cache_path ${path.join(prefix, 'cache')} levels=1:2 keys_zone=accord:16m max_size=512m inactive=10m use_temp_path=off;

  upstream accord_app {
    server 127.0.0.1:${appPort};
    keepalive 64;
  }

  # The reading mode a cookie chose: pages differ by it, so it is part of the cache key.
  map $http_cookie $reading_mode {
    "~(?:^|;\\s*)${escapeRegex(READING_MODE_COOKIE)}=(?<mode>[a-z]+)" $mode;
    default "";
  }

  # A page's policy with the placeholder nonce gets this response's own; any other policy passes as it is.
  map $upstream_http_content_security_policy $content_security_policy {
    "~^(?<before>.*)${placeholder}(?<after>.*)$" "\${before}'nonce-$request_id'\${after}";
    default $upstream_http_content_security_policy;
  }

  server {
    listen ${port};

    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header ${PROXY_RENDER_HEADER} 1;
    # Bodies arrive uncompressed so the placeholder can be replaced; nginx compresses what it sends.
    proxy_set_header Accept-Encoding "";

    location /_next/static/ {
      proxy_pass http://accord_app;
      proxy_cache accord;
      add_header X-Cache-Status $upstream_cache_status always;
    }

    location / {
      proxy_pass http://accord_app;
      proxy_cache accord;
      proxy_cache_key "$scheme|$http_host|$request_uri|$reading_mode";
      proxy_cache_lock on;
      # Only the app's X-Accel-Expires says what may be kept, and for how long.
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_bypass $http_rsc $arg__rsc;
      proxy_no_cache $http_rsc $arg__rsc;

      sub_filter_types text/x-component;
      sub_filter_once off;
      sub_filter "${PLACEHOLDER_NONCE}" "$request_id";
      proxy_hide_header Content-Security-Policy;
      add_header Content-Security-Policy $content_security_policy always;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`;
}
