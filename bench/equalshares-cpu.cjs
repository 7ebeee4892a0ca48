// Runs the equalshares.net tool's runner (path given first) in this process, then prints a second JSON line
// with the CPU time the whole process used, so bench/pb-tool.ts can set CPU beside CPU (node does not report a
// child's CPU time). Usage: node bench/equalshares-cpu.cjs RUN.cjs FILE.pb [add1|add1u]
const runner = require('node:path').resolve(process.argv[2]);
process.argv.splice(1, 2, runner);
process.on('exit', () => {
  const used = process.cpuUsage();
  process.stdout.write(JSON.stringify({ cpuMs: Math.round((used.user + used.system) / 1000) }) + '\n');
});
require(runner);
