/** What the story page tells its Share controls (./share-controls.ts): a JSON data block written at build time. */

export interface ShareStrings {
	share: string;
	shareLink: string;
	copyLink: string;
	copied: string;
	copyByHand: string;
	embed: string;
	embedHint: string;
	copyCode: string;
}

export interface ShareData {
	strings: ShareStrings;
	/** Absolute URL of the edition's share pages, to which `<scene-id>/` is added. */
	sharePages: string;
	/** Absolute URL of the edition's embed, to which `#<scene-id>` is added. */
	embed: string;
	/** The story's title, the iframe's title. */
	title: string;
}

/** The id of the data block the page carries. */
export const SHARE_DATA_ID = 'share-data';
