// One three-stance issue where statements without a stance must not erase one, same-day
// statements resolve to the later one in dataset order, and the list is not in date order.
// A third party ("us") and a second issue ("ceasefire") have no statements at all.
import { makeDataset, makeIssue, makeParty, makeStatement } from "./makeDataset";

export const nullStancesAndTies = makeDataset("null-stances-and-ties", {
  parties: [makeParty("ua"), makeParty("ru"), makeParty("us")],
  issues: [
    makeIssue("crimea", ["return-to-ukraine", "status-talks", "part-of-russia"]),
    makeIssue("ceasefire", ["immediate", "after-withdrawal"]),
  ],
  statements: [
    makeStatement({
      id: "ua-2",
      date: "2022-03-29",
      partyId: "ua",
      issueId: "crimea",
      stanceId: "status-talks", // 1
    }),
    makeStatement({
      id: "ua-1",
      date: "2022-02-10",
      partyId: "ua",
      issueId: "crimea",
      stanceId: "return-to-ukraine", // 0
    }),
    // Same day: ru-1a comes later in the dataset, so Russia's stance on 2022-03-01 is index 1.
    // The ids sort the other way, so only dataset order can pick the winner.
    makeStatement({
      id: "ru-1b",
      date: "2022-03-01",
      datePrecision: "month",
      partyId: "ru",
      issueId: "crimea",
      stanceId: "part-of-russia", // 2
    }),
    makeStatement({
      id: "ru-1a",
      date: "2022-03-01",
      partyId: "ru",
      issueId: "crimea",
      stanceId: "status-talks", // 1
    }),
    makeStatement({
      id: "ua-0",
      date: "2022-01-20",
      partyId: "ua",
      issueId: "crimea",
      stanceId: null,
    }),
    makeStatement({
      id: "ua-3",
      date: "2022-04-05",
      partyId: "ua",
      issueId: "crimea",
      stanceId: null,
    }),
    makeStatement({
      id: "ru-3",
      date: "2022-05-01",
      partyId: "ru",
      issueId: "crimea",
      stanceId: null,
    }),
    // Same day, flip and flip back: Russia ends 2022-06-01 where it started it, at index 1.
    makeStatement({
      id: "ru-4",
      date: "2022-06-01",
      partyId: "ru",
      issueId: "crimea",
      stanceId: "return-to-ukraine", // 0
    }),
    makeStatement({
      id: "ru-5",
      date: "2022-06-01",
      partyId: "ru",
      issueId: "crimea",
      stanceId: "status-talks", // 1
    }),
  ],
});
