import { ConnectionType } from '../../common/pagination.js';
import { Activity } from './activity.entity.js';

export const ActivityConnection = ConnectionType(Activity, 'Activity');
