import type { FieldSpec, ValueRule } from '../../../shared/operation';
import type { OutputShape } from '../../helpers/answers';

/** Where the doc's answers have the dial sessions: `dialsessions.dialsessions`. */
export const sessionShape: OutputShape = { path: ['dialsessions', 'dialsessions'] };

/** Where the doc's answers have the settings: `settings.settings`. */
export const settingsShape: OutputShape = { path: ['settings', 'settings'] };

/** Get and Get Call: `include_recording=1` for the recordings' links. */
export const includeRecordingField: FieldSpec = {
	displayName: 'Include Recording',
	name: 'dialSessionIncludeRecording',
	type: 'boolean',
	default: false,
	description:
		'Whether to include a link to the recordings (PhoneBurner answers more slowly with it)',
};

export const includeRecordingValue: ValueRule = {
	from: includeRecordingField.name,
	as: 'flagWhenOn',
};
