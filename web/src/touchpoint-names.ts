// Touchpoints named as the map places them, for the screens that pick or show one by id.

interface Journeys {
  journeys: { edges: { node: { name: string; stages: { name: string; touchpoints: { id: string; name: string }[] }[] } }[] };
}

/** "Journey › Stage › Touchpoint" per touchpoint id, in map order. */
export function touchpointNames(data: Journeys): Map<string, string> {
  const names = new Map<string, string>();
  for (const { node: journey } of data.journeys.edges) {
    for (const stage of journey.stages) {
      for (const touchpoint of stage.touchpoints) names.set(touchpoint.id, `${journey.name} › ${stage.name} › ${touchpoint.name}`);
    }
  }
  return names;
}
