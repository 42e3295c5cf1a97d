// A demo tablet's hash chain, written as the app writes it (src/app/log/append-entry.ts): each act ticks the
// tablet's hybrid logical clock from its wall clock and is appended with core's appendToDeviceChain, signed
// with the tablet's key under the kid of its user's certificate. The signed entries wait here until pushed.
import type { CborRecord } from '../../core/log/cbor-data.ts';
import { appendToDeviceChain, startDeviceChain, type DeviceChainTip } from '../../core/log/device-chain.ts';
import type { PermitAction } from '../../core/log/permit-act-bodies.ts';
import { startHlc, tickLocal } from '../../core/time/hlc.ts';
import type { DemoTablet } from './demo-tablets.ts';

export interface DemoAct {
  readonly action: PermitAction;
  readonly permit: string;
  readonly body: CborRecord;
}

export interface DemoTabletChain {
  readonly tablet: DemoTablet;
  /** Signs `act` as the tablet's next entry at the tablet's wall clock `wallTime` (ms). */
  append(act: DemoAct, wallTime: number): Promise<void>;
  /** The entries signed since the last call, oldest first: what the tablet pushes next. */
  takeUnpushed(): Uint8Array[];
}

export function startDemoTabletChain(tablet: DemoTablet): DemoTabletChain {
  let tip: DeviceChainTip = startDeviceChain(tablet.code);
  let unpushed: Uint8Array[] = [];
  return {
    tablet,
    append: async (act, wallTime) => {
      const hlc = tip.hlc === null ? startHlc(tablet.code, wallTime) : tickLocal({ ...tip.hlc, node: tablet.code }, wallTime);
      const draft = { hlc, wallTime, actor: tablet.userId, role: tablet.role, action: act.action, permit: act.permit, body: act.body };
      const appended = await appendToDeviceChain(tip, draft, { kid: tablet.kid, seed: tablet.seed });
      tip = appended.tip;
      unpushed.push(appended.signed.bytes);
    },
    takeUnpushed: () => {
      const taken = unpushed;
      unpushed = [];
      return taken;
    },
  };
}
