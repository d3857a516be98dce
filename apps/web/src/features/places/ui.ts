/**
 * The plan and desk UI shared by booking and the floor editor. Apart from ./index so that a page that
 * only needs the data hooks does not load Leaflet with them.
 */
export { AmenityBadges } from './components/AmenityBadges';
export { LocationSelect } from './components/LocationSelect';
export { PlanMap } from './components/PlanMap';
export { deskIcon, planDeskIcon, sizePlanDeskIcon } from './components/desk-icon';
export { checkClass, deskMarkClasses, hasCheck } from './components/desk-marker';
