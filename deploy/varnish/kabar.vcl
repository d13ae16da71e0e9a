vcl 4.1;

# Kabar's CDN tier: Varnish 7.1 (with Debian's varnish-modules for xkey) in
# front of gunicorn.
#
# This file is a template: its backend address and purge secret are
# placeholders, rendered with sed before use (see README.md in this folder).
#
# The app decides what may be shared (its Cache-Control), names what each
# page depends on (Surrogate-Key) and purges those names when content
# changes (BAN with X-Kabar-Ban-Keys, carried out with xkey). This file only
# carries that contract out:
#   - tracking parameters (utm_*, fbclid, gclid...) are dropped from every
#     URL; a page is looked up by its path and the parameters pages read,
#     sorted: a share link from WhatsApp or a newsletter is a hit;
#   - a live report's open pages ask what is new every 10-20 s
#     (<article URL>pembaruan/?sejak=<id>): one copy per entry id, purged
#     by the report's key (live-<id>) when an entry is posted;
#   - GET/HEAD are looked up in the cache, every cookie removed first, so
#     every reader shares one copy; except
#   - a staff session (sessionid), a commenter's own article (kabar_komentar,
#     sent on that one article's path only), a confirmation for a form sent
#     without JavaScript (kabar_pesan, that path, two minutes), other methods and an
#     Authorization header, which go straight to the app (pass);
#   - only responses marked public (or with s-maxage) and without Set-Cookie
#     are stored, for s-maxage, then served stale for stale-while-revalidate
#     while a fresh copy is fetched.

import std;
import xkey;

backend app {
    .host = "__BACKEND_HOST__";
    .port = "__BACKEND_PORT__";
    .connect_timeout = 3s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

# Who may send BAN requests: the app servers. Loopback by default; add the
# app hosts' addresses when Varnish runs on another machine.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "BAN") {
        call kabar_ban;
    }
    # Only the app sends these, and only with BAN; the key is this file's.
    unset req.http.X-Kabar-Purge-Secret;
    unset req.http.X-Kabar-Ban-Keys;
    unset req.http.X-Kabar-Key;

    # Tracking parameters added by share buttons, ads and newsletters mean
    # nothing to any page: they go before anything else looks at the URL.
    if (req.url ~ "(?i)[?&](utm_[a-z0-9_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref_src)(=|&|$)") {
        set req.url = regsuball(req.url,
            "(?i)([?&])(utm_[a-z0-9_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref_src)(=[^&]*)?(?=&|$)", "\1");
        set req.url = regsuball(req.url, "&&+", "&");
        set req.url = regsub(req.url, "\?&+", "?");
        set req.url = regsub(req.url, "[?&]+$", "");
    }
    # The cache key: the path and the parameters a page reads, sorted. The
    # app ignores any other parameter (and any value a page does not take),
    # so no other one may name a copy of its own here either. A new page
    # parameter must be added here.
    set req.http.X-Kabar-Key = req.url;
    if (req.url ~ "\?") {
        set req.http.X-Kabar-Key = regsuball(req.http.X-Kabar-Key,
            "([?&])(?!(page|balas|pilihan|urutan|q|p|page_id|pembaruan|sejak)=)[^&]*", "\1");
        # A live report's "what's new" answer takes an entry id, in its
        # canonical digits; any other value names no copy of its own (the
        # app answers it as if absent).
        set req.http.X-Kabar-Key = regsuball(req.http.X-Kabar-Key,
            "([?&])sejak=(?![1-9][0-9]{0,17}(&|$))[^&]*", "\1");
        set req.http.X-Kabar-Key = regsuball(req.http.X-Kabar-Key, "&&+", "&");
        set req.http.X-Kabar-Key = regsub(req.http.X-Kabar-Key, "\?&+", "?");
        set req.http.X-Kabar-Key = regsub(req.http.X-Kabar-Key, "[?&]+$", "");
        set req.http.X-Kabar-Key = std.querysort(req.http.X-Kabar-Key);
    }

    if (req.method != "GET" && req.method != "HEAD" && req.method != "POST"
        && req.method != "PUT" && req.method != "PATCH" && req.method != "DELETE"
        && req.method != "OPTIONS") {
        return (synth(405, "Method Not Allowed"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # The reader's own endpoints: the poll's results with their vote
    # (/tanggapan/<id>/) and the comment form's ticket (/komentar/tiket.css)
    # read the reader's cookies and are never cached.
    if (req.url ~ "^/(tanggapan|komentar)/") {
        return (pass);
    }
    # A Django session (only staff have one) gets a page of its own, and a
    # commenter gets their own comments on the one article they commented
    # (the cookie is sent on that article's path only): straight to the app,
    # cookies untouched. A sessionid that is no staff session is answered by
    # the app from its own kept copy. So does a reader just back from a
    # form with a confirmation waiting for them (kabar_pesan).
    if (req.http.Cookie ~ "(^|;)\s*(sessionid|kabar_komentar|kabar_pesan)=") {
        return (pass);
    }
    # Any other cookie (csrftoken, kabar_pembaca, analytics) never changes a
    # shared page: drop them all so the app answers every reader alike.
    unset req.http.Cookie;
    return (hash);
}

# BAN: from a purger address, sent directly (no proxy in between has added to
# X-Forwarded-For), with the shared secret. Purges every stored object whose
# Surrogate-Key holds any of the space-separated X-Kabar-Ban-Keys (xkey
# indexes each object by its keys: no ban list to test objects against).
sub kabar_ban {
    if (client.ip !~ purgers || req.http.X-Forwarded-For != "" + client.ip) {
        return (synth(403, "Forbidden"));
    }
    if ("__PURGE_SECRET__" !~ "^.{16,}$"
        || req.http.X-Kabar-Purge-Secret != "__PURGE_SECRET__") {
        return (synth(403, "Forbidden"));
    }
    # Keys: letters, digits, "_", "-" and ":" only.
    if (req.http.X-Kabar-Ban-Keys !~ "^\s*[A-Za-z0-9_:-]+(\s+[A-Za-z0-9_:-]+)*\s*$") {
        return (synth(400, "Bad X-Kabar-Ban-Keys"));
    }
    set req.http.X-Kabar-Purged = xkey.purge(req.http.X-Kabar-Ban-Keys);
    return (synth(200, "Purged " + req.http.X-Kabar-Purged));
}

sub vcl_hash {
    hash_data(req.http.X-Kabar-Key);
    if (req.http.Host) {
        hash_data(req.http.Host);
    } else {
        hash_data(server.ip);
    }
    # A redirect to https and the https page share a URL: keep them apart.
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_fetch {
    unset bereq.http.X-Kabar-Key;
}

sub vcl_backend_response {
    # xkey indexes the object by the app's keys, for purges.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # A failed refresh keeps the stale copy being served.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    # Store only what the app marked shareable; anything personal, cookie
    # setting or unmarked is fetched anew for each request (hit-for-miss).
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(?i)(^|[\s,])(private|no-store|no-cache)"
        || beresp.http.Cache-Control !~ "(?i)(^|[\s,])(public|s-maxage=)"
        || beresp.http.Vary == "*"
        || beresp.status >= 500) {
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # beresp.ttl already comes from s-maxage (max-age when there is none).
    # Serve the stale copy while refetching, for stale-while-revalidate.
    if (beresp.http.Cache-Control ~ "(?i)stale-while-revalidate=\d+") {
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control,
            "(?i)^.*stale-while-revalidate=(\d+).*$", "\1") + "s", 0s);
    } else {
        set beresp.grace = 0s;
    }
    # Past that, the copy is kept (never served) so the refetch can be a
    # conditional request: the app answers 304 when its ETag still holds.
    set beresp.keep = 1h;
    # Varnish compresses text itself and stores it once, gzipped; clients
    # that do not take gzip get it unpacked on the way out.
    if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~
        "(?i)^(text/|application/(.+\+)?(xml|json|javascript)|image/svg\+xml)") {
        set beresp.do_gzip = true;
        if (!beresp.http.Vary) {
            set beresp.http.Vary = "Accept-Encoding";
        } elsif (beresp.http.Vary !~ "(?i)accept-encoding") {
            set beresp.http.Vary = beresp.http.Vary + ", Accept-Encoding";
        }
    }
    return (deliver);
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # Cache bookkeeping, not for clients.
    unset resp.http.Surrogate-Key;
    unset resp.http.xkey;
    # What software (and which version) answers is nobody's business.
    unset resp.http.Server;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    return (deliver);
}

sub vcl_synth {
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    unset resp.http.Server;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    if (resp.status == 405) {
        set resp.http.Allow = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    }
    set resp.body = resp.reason + {"
"};
    return (deliver);
}

# The app did not answer: a short page in the readers' language.
sub vcl_backend_error {
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "30";
    set beresp.body = {"<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Kabar sedang tidak tersedia</title></head>
<body><h1>Kabar sedang tidak tersedia</h1><p>Silakan muat ulang halaman ini sebentar lagi.</p></body></html>
"};
    return (deliver);
}
