// A grey picture as a Y4M video, the format Chromium's fake camera plays (--use-file-for-fake-video-capture):
// the picture is the luma plane of every frame, the two chroma planes are neutral grey (128).

export interface GreyImage {
  readonly width: number;
  readonly height: number;
  /** One byte per pixel, row after row. */
  readonly pixels: Uint8Array;
}

/** A binary PGM (P5, 8 bits), as `pdftoppm -gray` writes it. */
export function parsePgm(bytes: Uint8Array): GreyImage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 64)));
  if (header === null) throw new Error('not an 8-bit binary PGM');
  const [text, width, height] = [header[0], Number(header[1]), Number(header[2])];
  return { width, height, pixels: bytes.subarray(text.length, text.length + width * height) };
}

/** `frames` identical frames of `image` at `fps` frames a second; width and height must be even (4:2:0). */
export function greyY4m(image: GreyImage, frames: number, fps: number): Uint8Array {
  const { width, height, pixels } = image;
  if (width % 2 !== 0 || height % 2 !== 0) throw new Error(`Y4M 4:2:0 needs an even size, not ${width}x${height}`);
  if (pixels.length !== width * height) throw new Error('the pixels do not match the size');
  const encoder = new TextEncoder();
  const header = encoder.encode(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const frameMark = encoder.encode('FRAME\n');
  const chroma = new Uint8Array((width / 2) * (height / 2) * 2).fill(128);
  const frameLength = frameMark.length + pixels.length + chroma.length;
  const out = new Uint8Array(header.length + frames * frameLength);
  out.set(header);
  for (let frame = 0, at = header.length; frame < frames; frame += 1, at += frameLength) {
    out.set(frameMark, at);
    out.set(pixels, at + frameMark.length);
    out.set(chroma, at + frameMark.length + pixels.length);
  }
  return out;
}
