// The Node flags of the production server, wherever this project starts it: `npm start`, README's
// systemd unit, the e2e suite and the benches (a test checks that package.json and README agree).
// The heap limit: V8 otherwise sizes its old space to the machine's memory (about 4 GB with 24 GB of
// RAM) and collects late, so a busy server held 590–750 MB; with 384 MB it held 352–456 MB through the
// same load run, at the same throughput (README, "Load held"). A render of the largest page needs a
// small part of it.
export const PRODUCTION_NODE_FLAGS = ['--max-old-space-size=384'] as const;
