vcl 4.1;
# Varnish 7 in front of one or more Relais hubs (Debian: apt-get install varnish varnish-modules).
# The hub decides everything that matters (who may share an answer, for how long, which tags it
# shows); this file only follows it:
#   - any credential (an Authorization header, the session cookie) is passed to the hub, never
#     answered from or stored in the cache;
#   - public answers are kept for the lifetime the hub gives the caches it purges (RFC 9213's
#     CDN-Cache-Control, read here and stripped: no cache behind this one sees it; without it,
#     their s-maxage) and indexed by their Surrogate-Key tags;
#   - the hub purges tags with `PURGE /` and an `xkey` header, accepted only with the hubs' key
#     (the Relais-Purge-Key header, CACHE_PURGE_KEY on each hub) and from their addresses;
#   - stale copies are served only while no hub is ready (up to their stale-if-error), never
#     while one answers, so a change shows at once.
#   - any number of identical hubs behind a round-robin director; each is probed on /readyz
#     (503 while its database is away or while it stops), and a request whose hub refused or
#     dropped the connection before answering is tried again on the next one.
# List the hubs below (one backend each, added to the director in vcl_init) and `purgers` (the
# addresses hubs purge from), then point each hub at this cache: CACHE_PURGE_URL=http://<varnish>:6081/
# and TRUSTED_PROXIES=<varnish address> (so that rate limits count readers, not Varnish).
# Write the purge key (openssl rand -hex 32) into /etc/varnish/relais-purge.key, readable by
# Varnish only, and give every hub the same key: CACHE_PURGE_KEY=<the key>.
#
# A TLS terminator on this host (hitch, nginx, haproxy) connects from 127.0.0.1 for every
# reader: the address check alone would then accept anyone's PURGE. The key is what holds;
# the terminator needs no change. Varnish reads the key file when it loads this VCL: after
# changing the key, reload Varnish (systemctl reload varnish) and the hubs' CACHE_PURGE_KEY.

import directors;
import std;
import xkey;

# A hub is taken out after two failed probes out of three (4 s at most) and back after two good ones.
probe ready {
    .url = "/readyz";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

# hubs: one backend per instance
backend hub1 {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = ready;
}

backend hub2 {
    .host = "127.0.0.1";
    .port = "3002";
    .probe = ready;
}
# end of hubs

sub vcl_init {
    new hubs = directors.round_robin();
    # director: every backend above
    hubs.add_backend(hub1);
    hubs.add_backend(hub2);
    # end of director
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purge refused: this address is not a Relais hub"));
        }
        # std.fileread keeps the file's content from the VCL's load (a missing file reads as "");
        # the key is compared where it is read, never copied into a header varnishlog would show.
        if (regsub(std.fileread("/etc/varnish/relais-purge.key"), "\s+$", "") !~ "^[A-Za-z0-9_-]{32,}$") {
            return (synth(503, "Purge refused: no purge key is set up in /etc/varnish/relais-purge.key"));
        }
        if (req.http.Relais-Purge-Key != regsub(std.fileread("/etc/varnish/relais-purge.key"), "\s+$", "")) {
            return (synth(403, "Purge refused: missing or wrong Relais-Purge-Key"));
        }
        if (!req.http.xkey) {
            return (synth(400, "xkey: name the tags to purge"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey);
        return (synth(200, "Purged " + req.http.n-gone + " objects"));
    }
    set req.backend_hint = hubs.backend();
    # The key never travels further than this cache.
    unset req.http.Relais-Purge-Key;
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "(?i)payload-token") {
        return (pass);
    }
    # No other cookie changes what the hub answers; the hub ignores Host, so one copy serves all.
    unset req.http.Cookie;
    set req.http.Host = "relais";
    if (std.healthy(req.backend_hint)) {
        set req.grace = 0s;
    }
    return (hash);
}

sub vcl_backend_fetch {
    # Each try goes to the director's next hub.
    set bereq.backend = hubs.backend();
}

# A hub that refused the connection or dropped it before answering (stopping, killed) has sent
# nothing: a read is tried again on the director's next hub rather than answered 503, twice at
# most (concurrent requests move the round robin too, so the next may be the same hub; a refused
# connection costs a millisecond). Writes are not replayed: the hub may have applied one.
sub vcl_backend_error {
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}

sub vcl_backend_response {
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # The hub's lifetime for the caches it purges; Cache-Control's short s-maxage is for the others.
    if (beresp.http.CDN-Cache-Control ~ "(^|,)\s*max-age=[0-9]+") {
        set beresp.ttl = std.duration(regsub(beresp.http.CDN-Cache-Control, "^(.*,)?\s*max-age=([0-9]+).*$", "\2") + "s", 0s);
        # Kept past it only to be served while no hub is ready (vcl_recv sets no grace otherwise).
        if (beresp.http.CDN-Cache-Control ~ "stale-if-error=[0-9]+") {
            set beresp.grace = std.duration(regsub(beresp.http.CDN-Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1") + "s", 0s);
        }
    }
    unset beresp.http.CDN-Cache-Control;
    # A hub whose database just went away answers 503 until its probe fails: another hub may still answer.
    if (beresp.status == 503 && bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}

sub vcl_deliver {
    unset resp.http.xkey;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
