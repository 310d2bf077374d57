// Learning Locker's statements service, for the LMS tests only (tests/lms): in memory, no
// database, no Redis, the fake client (any Basic token is the one test client), on loopback.
// Its server listens on every interface and takes no host, so listen() is pinned to 127.0.0.1
// here before it loads. It logs one "Failed Mongo connection" at start: the Mongo client is
// made whatever the repos, and nothing it stores goes there in memory mode (the statements are
// stored and read back without it).
import http from 'node:http';
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (port, ...rest) {
	return typeof port === 'number'
		? listen.call(this, port, '127.0.0.1', ...rest)
		: listen.call(this, port, ...rest);
};
await import('@learninglocker/xapi-statements/dist/server.js');
