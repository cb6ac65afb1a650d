import { describe, expect, it } from 'vitest';
import { childIdFrom, parsePymMessage, pymMessage } from './pym';

describe('pym.js messages', () => {
	it('are written as pym.js writes them', () => {
		expect(pymMessage('story-map', 'height', 560)).toBe('pymxPYMxstory-mapxPYMxheightxPYMx560');
	});

	it('are read back, and anything else is not a pym message', () => {
		expect(parsePymMessage('pymxPYMxstory-mapxPYMxwidthxPYMx700')).toEqual({ id: 'story-map', type: 'width', message: '700' });
		expect(parsePymMessage(pymMessage('a', 'height', 10))).toEqual({ id: 'a', type: 'height', message: '10' });
		for (const other of [{ type: 'height' }, 'hello', 'pymxPYMxonly', 'notpymxPYMxaxPYMxwidthxPYMx1', 42, null]) expect(parsePymMessage(other)).toBeUndefined();
	});

	it('take the frame id from the query pym.Parent adds', () => {
		expect(childIdFrom('?initialWidth=640&childId=story-map&parentTitle=x')).toBe('story-map');
		expect(childIdFrom('?initialWidth=640')).toBeUndefined();
		// An id is an element id, never markup or a URL.
		expect(childIdFrom('?childId=%3Cscript%3E')).toBeUndefined();
		expect(childIdFrom('?childId=')).toBeUndefined();
	});
});
