/**
 * The manifest the shard tests split: twelve jobs, a remix chain (which must stay in one shard), two
 * failures in the simulator (moderation and a failed render), plain jobs.
 */
export const TWELVE_JOBS = `defaults:
  model: seedance-1-0-pro-250528
  seconds: 4
jobs:
  - {id: root, prompt: A lighthouse at dusk}
  - {id: remix-a, prompt: Same but in snow, remix_of: root}
  - {id: remix-b, prompt: Same but at dawn, remix_of: remix-a}
  - {id: refused, prompt: "Blocked [sim:moderation]"}
  - {id: broken, prompt: "Breaks [sim:fail]", seconds: 8}
  - {id: fox, prompt: A fox in tall grass}
  - {id: car, prompt: A red car on a coast road, size: 720x1280}
  - {id: city, prompt: A city at night from above}
  - {id: bread, prompt: Bread rising in an oven}
  - {id: waves, prompt: Waves on black sand}
  - {id: kite, prompt: A kite over a hill, seconds: 8}
  - {id: owl, prompt: An owl turning its head}
`;
