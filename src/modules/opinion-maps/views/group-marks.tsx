/** How each group is drawn: a colour with at least 4.5:1 contrast on white AND its own shape and letter, so colour is never the only cue. */
export const groupMarks = [
  { letter: 'A', colour: '#1d4f91', shape: 'circle' },
  { letter: 'B', colour: '#a3330f', shape: 'square' },
  { letter: 'C', colour: '#1e6b34', shape: 'triangle' },
  { letter: 'D', colour: '#6a2c8f', shape: 'diamond' },
  { letter: 'E', colour: '#7a5a00', shape: 'cross' },
] as const;

/** The mark of group g (groups beyond the palette reuse it with their own letter). */
export function groupMark(g: number) {
  const base = groupMarks[g % groupMarks.length];
  return { ...base, letter: g < groupMarks.length ? base.letter : `${base.letter}${Math.floor(g / groupMarks.length) + 1}` };
}

/** One participant's dot in the shape of its group, centred at (x, y). */
export function GroupShape(props: { g: number; x: number; y: number; r?: number }) {
  const { x, y } = props;
  const r = props.r ?? 5;
  const mark = groupMark(props.g);
  switch (mark.shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} fill={mark.colour} />;
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={mark.colour} />;
    case 'triangle':
      return <polygon points={`${x},${y - r * 1.2} ${x - r * 1.1},${y + r * 0.9} ${x + r * 1.1},${y + r * 0.9}`} fill={mark.colour} />;
    case 'diamond':
      return <polygon points={`${x},${y - r * 1.3} ${x + r * 1.3},${y} ${x},${y + r * 1.3} ${x - r * 1.3},${y}`} fill={mark.colour} />;
    default:
      return <path d={`M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`} stroke={mark.colour} stroke-width="3" />;
  }
}
