// PostGraphile 5 (with @graphile/pg-aggregates) over the same database, as the
// peer the benchmark compares the hub with. Dev-only; run as its own process:
//   tsx scripts/bench/postgraphile-server.ts <connection string> <port>
import http from 'node:http';

// PostGraphile 5 declares Node 22; on Node 20 its list queries need this.
if (!('withResolvers' in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

const [connectionString, port] = process.argv.slice(2);
const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');
const { PgAggregatesPreset } = await import('@graphile/pg-aggregates');

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset, PgAggregatesPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public', 'bench'] })],
  grafserv: { graphiql: false },
});
const server = http.createServer();
pgl.createServ(grafserv).addTo(server);
server.listen(Number(port), '127.0.0.1', () => console.log(`postgraphile listening on ${port}`));
