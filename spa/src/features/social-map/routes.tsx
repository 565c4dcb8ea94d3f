import type { RouteObject } from "react-router";
import { ActivityScreen } from "./ActivityScreen";
import { SocialMapScreen } from "./SocialMapScreen";

/** The public social map: the search at the root, each activity under /activiteiten/. */
export const socialMapRoutes: RouteObject[] = [
  { index: true, element: <SocialMapScreen /> },
  { path: "activiteiten/:activityId", element: <ActivityScreen /> },
];
