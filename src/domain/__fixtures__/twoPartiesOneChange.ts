// Two parties, one five-stance issue; Ukraine moves once, from index 0 to index 3, on 2022-03-15.
import { makeDataset, makeIssue, makeParty, makeStatement } from "./makeDataset";

export const twoPartiesOneChange = makeDataset("two-parties-one-change", {
  parties: [makeParty("ua"), makeParty("ru")],
  issues: [
    makeIssue("nato", [
      "full-membership", // 0
      "membership-later", // 1
      "guarantees-without-membership", // 2
      "neutral-with-guarantees", // 3
      "strict-neutrality", // 4
    ]),
  ],
  statements: [
    makeStatement({
      id: "ru-1",
      date: "2022-01-10",
      partyId: "ru",
      issueId: "nato",
      stanceId: "neutral-with-guarantees",
    }),
    makeStatement({
      id: "ua-1",
      date: "2022-02-01",
      partyId: "ua",
      issueId: "nato",
      stanceId: "full-membership",
    }),
    makeStatement({
      id: "ua-2",
      date: "2022-03-15",
      partyId: "ua",
      issueId: "nato",
      stanceId: "neutral-with-guarantees",
    }),
  ],
});
