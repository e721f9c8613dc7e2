// Reads the frames clients send in Hocuspocus' protocol far enough to judge them: the document
// they address, their kind, and the Yjs update a sync message carries.
import * as decoding from 'lib0/decoding';

/** Message kinds a client may send (Hocuspocus' MessageType numbers). */
export const CLIENT_MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  stateless: 5,
  close: 7,
  pong: 10,
} as const;

/** y-protocols' sync steps: a state vector, then the missing updates, then live updates. */
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

const MAX_NAME_LENGTH = 300;

export interface ReadFrame {
  docName: string;
  type: number;
  /** The Yjs update a sync step 2 or an update message carries; absent for other messages. */
  update?: Uint8Array;
}

/**
 * Parses one frame completely, or throws: a frame with an unknown kind, a truncated field or
 * bytes past its end is not one Dateline's clients send.
 */
export function readFrame(data: Uint8Array): ReadFrame {
  const decoder = decoding.createDecoder(data);
  const rawName = decoding.readVarString(decoder);
  if (rawName.length === 0 || rawName.length > MAX_NAME_LENGTH) {
    throw new Error('the document name is empty or too long');
  }
  const docName = rawName.split('\0')[0]!;
  const type = decoding.readVarUint(decoder);
  let update: Uint8Array | undefined;
  switch (type) {
    case CLIENT_MESSAGE.sync:
    case CLIENT_MESSAGE.syncReply: {
      const step = decoding.readVarUint(decoder);
      if (step !== SYNC_STEP_1 && step !== SYNC_STEP_2 && step !== SYNC_UPDATE) {
        throw new Error(`unknown sync step ${step}`);
      }
      const payload = decoding.readVarUint8Array(decoder);
      if (step !== SYNC_STEP_1) update = payload;
      break;
    }
    case CLIENT_MESSAGE.awareness:
      decoding.readVarUint8Array(decoder);
      break;
    case CLIENT_MESSAGE.auth:
      decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
      // Newer providers add their version.
      if (decoding.hasContent(decoder)) decoding.readVarString(decoder);
      break;
    case CLIENT_MESSAGE.stateless:
      decoding.readVarString(decoder);
      break;
    case CLIENT_MESSAGE.queryAwareness:
    case CLIENT_MESSAGE.close:
      break;
    default:
      throw new Error(`unknown message kind ${type}`);
  }
  if (decoding.hasContent(decoder)) throw new Error('bytes past the end of the message');
  return update ? { docName, type, update } : { docName, type };
}

/** A connection-level Pong is the one frame without a document name. */
export const isPong = (data: Uint8Array) => data.length === 1 && data[0] === CLIENT_MESSAGE.pong;
