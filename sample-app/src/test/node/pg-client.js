'use strict';
// node-postgres against the sample; run by NodePgTest. Prints "key<TAB>value" lines like the Python scripts.
const { Client } = require('pg');

function emit(key, value) {
  const text = String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
  process.stdout.write(`${key}\t${text}\n`);
}

async function check(name, fn) {
  try {
    await fn();
  } catch (e) {
    emit(`${name}.error`, `${e.code || e.name}: ${e.message}`.split('\n')[0]);
  }
}

async function main() {
  // Connection settings come from PGHOST, PGPORT, PGUSER and PGDATABASE.
  const client = new Client();
  await client.connect();
  emit('version', require('pg/package.json').version);

  await check('simple', async () => {
    // Simple query protocol (no parameters): every value arrives as text and pg parses what it knows.
    const r = await client.query('SELECT id, carrier, declared_value, handed_over_at, label_header, signature_required,'
      + ' weight_kg, ship_date FROM shipments WHERE id = 1');
    const row = r.rows[0];
    emit('simple.types', r.fields.map((f) => `${f.name}:${f.dataTypeID}`).join(','));
    emit('simple.id', `${typeof row.id}:${row.id}`);
    emit('simple.carrier', `${typeof row.carrier}:${row.carrier}`);
    emit('simple.declared_value', `${typeof row.declared_value}:${row.declared_value}`);
    emit('simple.handed_over_at', `${row.handed_over_at instanceof Date}:${row.handed_over_at.toISOString()}`);
    emit('simple.label_header', `${Buffer.isBuffer(row.label_header)}:${row.label_header.toString('hex')}`);
    emit('simple.signature_required', `${typeof row.signature_required}:${row.signature_required}`);
    emit('simple.weight_kg', `${typeof row.weight_kg}:${row.weight_kg}`);
  });

  await check('param', async () => {
    // Parameterised queries go through Parse/Bind with untyped ($1 of unknown type) text values.
    let r = await client.query('SELECT id, tracking_number FROM shipments WHERE id = $1', [3]);
    emit('param.by_id', r.rows.map((x) => `${x.id}:${x.tracking_number}`).join(','));
    r = await client.query('SELECT count(*) AS n FROM shipments WHERE carrier = $1 AND handed_over_at < $2',
      ['UPS', new Date('2100-01-01T00:00:00Z')]);
    emit('param.count', r.rows[0].n);
    r = await client.query('SELECT $1::int + 1 AS x, $2 AS y, $3::numeric * 2 AS z', [41, 'hi', '1.25']);
    emit('param.select', `${r.rows[0].x}|${r.rows[0].y}|${r.rows[0].z}`);
    emit('param.select_types', r.fields.map((f) => f.dataTypeID).join(','));
  });

  await check('any', async () => {
    // A JS array is sent as an array literal; the server must infer $1 as bigint[] / varchar[].
    let r = await client.query('SELECT id FROM shipments WHERE id = ANY($1) ORDER BY id', [[3, 1, 2, -5]]);
    emit('any.ids', r.rows.map((x) => x.id).join(','));
    r = await client.query('SELECT code FROM warehouses WHERE code = ANY($1) ORDER BY code', [['BER1', 'AMS1']]);
    emit('any.codes', r.rows.map((x) => x.code).join(','));
  });

  await check('prepared', async () => {
    // A named statement is parsed once and re-bound.
    const q = { name: 'by-warehouse', text: 'SELECT count(*) AS n FROM orders WHERE warehouse_id = $1' };
    let total = 0;
    for (let w = 1; w <= 5; w++) {
      const r = await client.query({ ...q, values: [w] });
      total += Number(r.rows[0].n);
    }
    emit('prepared.total', total);
  });

  await check('error', async () => {
    try {
      await client.query('SELECT nope FROM shipments');
    } catch (e) {
      emit('error.sqlstate', e.code);
    }
    const r = await client.query('SELECT 1 AS one');
    emit('error.recovered', r.rows[0].one);
  });

  await client.end();
  emit('done', 'ok');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
