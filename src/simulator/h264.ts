/**
 * A tiny H.264 Baseline encoder that emits only I_PCM macroblocks: every sample is stored raw, so
 * no transform or entropy coding is needed, yet any decoder (ffmpeg, browsers) plays the result.
 */

/** One 4:2:0 picture whose dimensions are multiples of 16 (the coded size). */
export interface YuvPicture {
  readonly width: number;
  readonly height: number;
  /** width*height luma samples, row-major. */
  readonly y: Uint8Array;
  /** (width/2)*(height/2) samples each. */
  readonly cb: Uint8Array;
  readonly cr: Uint8Array;
}

/** Parameter sets and per-frame NAL units, without start codes (MP4 stores them length-prefixed). */
export interface H264Stream {
  readonly sps: Uint8Array;
  readonly pps: Uint8Array;
  /** One IDR slice NAL unit per frame. */
  readonly frames: readonly Uint8Array[];
}

const NAL_IDR = 5;
const NAL_SPS = 7;
const NAL_PPS = 8;
const PROFILE_BASELINE = 66;
const LEVEL_3_0 = 30;
/** mb_type 25 in an I slice is I_PCM. */
const MB_TYPE_I_PCM = 25;

class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private bitCount = 0;

  u(bits: number, value: number): void {
    for (let i = bits - 1; i >= 0; i--) this.bit((value >>> i) & 1);
  }

  /** Unsigned Exp-Golomb. */
  ue(value: number): void {
    const coded = value + 1;
    const length = 32 - Math.clz32(coded);
    this.u(length - 1, 0);
    this.u(length, coded);
  }

  /** Signed Exp-Golomb. */
  se(value: number): void {
    this.ue(value <= 0 ? -2 * value : 2 * value - 1);
  }

  alignWithZeros(): void {
    while (this.bitCount !== 0) this.bit(0);
  }

  /** Raw bytes; the writer must be byte-aligned. */
  raw(data: Uint8Array): void {
    for (const byte of data) this.bytes.push(byte);
  }

  /** rbsp_trailing_bits: a stop bit, then zeros to the byte boundary. */
  trailing(): Uint8Array {
    this.bit(1);
    this.alignWithZeros();
    return Uint8Array.from(this.bytes);
  }

  private bit(value: number): void {
    this.current = (this.current << 1) | value;
    this.bitCount++;
    if (this.bitCount === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.bitCount = 0;
    }
  }
}

/** Wraps an RBSP into a NAL unit, inserting emulation-prevention bytes. */
function nalUnit(refIdc: number, type: number, rbsp: Uint8Array): Uint8Array {
  const out: number[] = [(refIdc << 5) | type];
  let zeros = 0;
  for (const byte of rbsp) {
    if (zeros >= 2 && byte <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return Uint8Array.from(out);
}

function sequenceParameterSet(codedWidth: number, codedHeight: number, displayWidth: number, displayHeight: number): Uint8Array {
  const w = new BitWriter();
  w.u(8, PROFILE_BASELINE);
  w.u(8, 0b1100_0000); // constraint_set0 and set1: constrained baseline
  w.u(8, LEVEL_3_0);
  w.ue(0); // seq_parameter_set_id
  w.ue(0); // log2_max_frame_num_minus4
  w.ue(2); // pic_order_cnt_type 2: output order = decode order
  w.ue(1); // max_num_ref_frames
  w.u(1, 0); // gaps_in_frame_num_value_allowed_flag
  w.ue(codedWidth / 16 - 1);
  w.ue(codedHeight / 16 - 1);
  w.u(1, 1); // frame_mbs_only_flag
  w.u(1, 1); // direct_8x8_inference_flag
  const cropRight = (codedWidth - displayWidth) / 2;
  const cropBottom = (codedHeight - displayHeight) / 2;
  const cropped = cropRight > 0 || cropBottom > 0;
  w.u(1, cropped ? 1 : 0);
  if (cropped) {
    w.ue(0);
    w.ue(cropRight);
    w.ue(0);
    w.ue(cropBottom);
  }
  w.u(1, 0); // vui_parameters_present_flag
  return nalUnit(3, NAL_SPS, w.trailing());
}

function pictureParameterSet(): Uint8Array {
  const w = new BitWriter();
  w.ue(0); // pic_parameter_set_id
  w.ue(0); // seq_parameter_set_id
  w.u(1, 0); // entropy_coding_mode_flag: CAVLC
  w.u(1, 0); // bottom_field_pic_order_in_frame_present_flag
  w.ue(0); // num_slice_groups_minus1
  w.ue(0); // num_ref_idx_l0_default_active_minus1
  w.ue(0); // num_ref_idx_l1_default_active_minus1
  w.u(1, 0); // weighted_pred_flag
  w.u(2, 0); // weighted_bipred_idc
  w.se(0); // pic_init_qp_minus26
  w.se(0); // pic_init_qs_minus26
  w.se(0); // chroma_qp_index_offset
  w.u(1, 1); // deblocking_filter_control_present_flag, so slices can switch it off
  w.u(1, 0); // constrained_intra_pred_flag
  w.u(1, 0); // redundant_pic_cnt_present_flag
  return nalUnit(3, NAL_PPS, w.trailing());
}

function idrSlice(picture: YuvPicture, idrPicId: number): Uint8Array {
  const w = new BitWriter();
  w.ue(0); // first_mb_in_slice
  w.ue(7); // slice_type: I, and every slice of the picture is I
  w.ue(0); // pic_parameter_set_id
  w.u(4, 0); // frame_num (log2_max_frame_num = 4)
  w.ue(idrPicId); // consecutive IDR pictures must differ
  w.u(1, 0); // no_output_of_prior_pics_flag
  w.u(1, 0); // long_term_reference_flag
  w.se(0); // slice_qp_delta
  w.ue(1); // disable_deblocking_filter_idc: raw samples stay exact
  const mbWidth = picture.width / 16;
  const mbHeight = picture.height / 16;
  const chromaWidth = picture.width / 2;
  const block = new Uint8Array(384);
  for (let mbY = 0; mbY < mbHeight; mbY++) {
    for (let mbX = 0; mbX < mbWidth; mbX++) {
      w.ue(MB_TYPE_I_PCM);
      w.alignWithZeros(); // pcm_alignment_zero_bit
      for (let row = 0; row < 16; row++) {
        const start = (mbY * 16 + row) * picture.width + mbX * 16;
        block.set(picture.y.subarray(start, start + 16), row * 16);
      }
      for (let row = 0; row < 8; row++) {
        const start = (mbY * 8 + row) * chromaWidth + mbX * 8;
        block.set(picture.cb.subarray(start, start + 8), 256 + row * 8);
        block.set(picture.cr.subarray(start, start + 8), 320 + row * 8);
      }
      w.raw(block);
    }
  }
  return nalUnit(3, NAL_IDR, w.trailing());
}

/**
 * Encodes pictures as an all-IDR, all-I_PCM Baseline stream.
 * @param pictures coded-size pictures (width and height multiples of 16), all the same size
 * @param displayWidth even width to show (cropped from the right), at most the coded width
 * @param displayHeight even height to show (cropped from the bottom), at most the coded height
 * @throws RangeError when sizes are not multiples of 16 or the crop is odd or too large
 */
export function encodeIntraPcm(pictures: readonly YuvPicture[], displayWidth: number, displayHeight: number): H264Stream {
  const first = pictures[0];
  if (first === undefined) throw new RangeError('encodeIntraPcm needs at least one picture');
  const { width, height } = first;
  if (width % 16 !== 0 || height % 16 !== 0) throw new RangeError(`coded size ${width}x${height} is not a multiple of 16`);
  if (displayWidth % 2 !== 0 || displayHeight % 2 !== 0 || displayWidth > width || displayHeight > height || width - displayWidth >= 16 || height - displayHeight >= 16) {
    throw new RangeError(`display size ${displayWidth}x${displayHeight} does not fit coded size ${width}x${height}`);
  }
  return {
    sps: sequenceParameterSet(width, height, displayWidth, displayHeight),
    pps: pictureParameterSet(),
    frames: pictures.map((picture, index) => idrSlice(picture, index % 2)),
  };
}
