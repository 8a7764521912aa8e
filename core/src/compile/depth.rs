//! Static value-stack depths (CPython's `stackdepth()`): each exception
//! handler restores the depth its `try` started at, so the table needs it.

use super::builder::jump_target;
use super::code::Instr;

/// Stack effect of `instr`; `jumped` selects the effect on the branch taken.
#[expect(
    clippy::match_same_arms,
    reason = "instructions grouped by effect, in Instr order"
)]
fn effect(instr: Instr, jumped: bool) -> i32 {
    use Instr as I;
    match instr {
        I::Nop | I::Jump(_) | I::UnaryOp(_) | I::GetIter | I::ListToTuple => 0,
        I::Swap(_) | I::GetYieldFromIter | I::LoadAttr(_) | I::YieldValue => 0,
        I::DeleteFast(_) | I::DeleteDeref(_) | I::DeleteGlobal(_) | I::DeleteName(_) => 0,
        I::LoadSpecial(_) | I::CheckExcMatch => 0,
        I::GetAwaitable(_) | I::GetAIter => 0,
        I::GetANext => 1,
        I::EndAsyncFor => -2,
        I::CheckEgMatch => 1,
        I::PrepReraiseStar => -1,
        I::PushExcInfo | I::WithExceptStart => 1,
        I::PopTop | I::ReturnValue | I::PopExcept => -1,
        I::Copy(_) | I::LoadConst(_) | I::LoadFast(_) | I::LoadDeref(_) => 1,
        I::LoadClassDeref(_) | I::LoadClosure(_) | I::LoadGlobal(_) | I::LoadName(_) => 1,
        I::LoadAssertionError => 1,
        I::StoreFast(_) | I::StoreDeref(_) | I::StoreGlobal(_) | I::StoreName(_) => -1,
        I::StoreAttr(_) => -2,
        I::DeleteAttr(_) => -1,
        I::BinarySubscr | I::BinaryOp(_) | I::InplaceOp(_) | I::CompareOp(_) => -1,
        I::IsOp(_) | I::ContainsOp(_) => -1,
        I::StoreSubscr => -3,
        I::DeleteSubscr => -2,
        I::PopJumpIfFalse(_) | I::PopJumpIfTrue(_) => -1,
        I::JumpIfFalseOrPop(_) | I::JumpIfTrueOrPop(_) => {
            if jumped {
                0
            } else {
                -1
            }
        }
        I::ForIter(_) => {
            if jumped {
                -1
            } else {
                1
            }
        }
        I::Send(_) => {
            if jumped {
                -1
            } else {
                0
            }
        }
        I::BuildTuple(n) | I::BuildList(n) | I::BuildString(n) | I::BuildSlice(n) => 1 - n as i32,
        I::BuildSet(n) => 1 - (n & !super::code::CONST_SET) as i32,
        I::SetAdd(_) | I::SetUpdate(_) => -1,
        I::BuildMap(n) => 1 - 2 * n as i32,
        I::ListAppend(_) | I::ListExtend(_) | I::DictUpdate(_) | I::DictMerge(_) => -1,
        I::MapAdd(_) => -2,
        I::FormatValue(flags) => {
            if flags & 4 != 0 {
                -1
            } else {
                0
            }
        }
        I::UnpackSequence(n) => n as i32 - 1,
        I::UnpackEx(n) => (n & 0xffff) as i32 + (n >> 16) as i32,
        I::Call(n) => -(n as i32),
        I::CallKw(n) => -(n as i32) - 1,
        I::CallEx(kw) => -1 - kw as i32,
        I::MakeFunction { flags, .. } => 1 - flags.count_ones() as i32,
        I::BuildClass(n) => {
            let keywords = i32::from(n & super::code::BUILD_CLASS_KEYWORDS != 0);
            -((n & !super::code::BUILD_CLASS_KEYWORDS) as i32) - 1 - keywords
        }
        I::RaiseVarargs(n) => -(n as i32),
        I::Reraise(_) => -1,
        I::LoadMethod(_) => 1,
        I::ImportName(_) => 0,
        I::ImportStar => -1,
        I::CallMethod(n) => -(n as i32) - 1,
        I::ImportFrom(_) => 1,
        I::MatchPattern(n) => ((n >> 24) & 0xff) as i32 + 1 - 1 - ((n >> 16) & 0xff) as i32,
    }
}

/// Whether control never falls through to the next instruction.
fn is_terminal(instr: Instr) -> bool {
    matches!(
        instr,
        Instr::Jump(_) | Instr::ReturnValue | Instr::RaiseVarargs(_) | Instr::Reraise(_)
    )
}

/// The depth before each instruction (`None`: unreachable).
///
/// `handlers` are `(target, setup, adjust)`: a fault anywhere covered by a
/// handler enters `target` with depth `depth[setup] + adjust + 1`.
pub(crate) fn stack_depths(
    instrs: &[Instr],
    instr_handler: &[Option<u32>],
    handlers: &[(u32, u32, i32)],
) -> Result<Vec<Option<u32>>, String> {
    let mut depths: Vec<Option<u32>> = vec![None; instrs.len()];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let visit = |depths: &mut Vec<Option<u32>>, work: &mut Vec<(usize, i32)>, at: usize, d: i32| {
        if d < 0 {
            return Err(format!("negative stack depth at {at}"));
        }
        match depths.get(at) {
            Some(None) => {
                depths[at] = Some(d as u32);
                work.push((at, d));
                Ok(())
            }
            Some(Some(old)) if *old as i32 != d => {
                Err(format!("inconsistent stack depth at {at}: {old} vs {d}"))
            }
            _ => Ok(()),
        }
    };
    if instrs.is_empty() {
        return Ok(depths);
    }
    depths[0] = Some(0);
    while let Some((pc, depth)) = work.pop() {
        let Some(&instr) = instrs.get(pc) else {
            continue;
        };
        if let Some(Some(h)) = instr_handler.get(pc) {
            if let Some(&(target, setup, adjust)) = handlers.get(*h as usize) {
                if let Some(Some(base)) = depths.get(setup as usize).copied() {
                    let d = base as i32 + adjust + 1;
                    visit(&mut depths, &mut work, target as usize, d)?;
                } else {
                    return Err(format!("handler setup {setup} not reached before {pc}"));
                }
            }
        }
        if let Some(target) = jump_target(instr) {
            visit(
                &mut depths,
                &mut work,
                target as usize,
                depth + effect(instr, true),
            )?;
        }
        if !is_terminal(instr) && pc + 1 < instrs.len() {
            visit(&mut depths, &mut work, pc + 1, depth + effect(instr, false))?;
        }
    }
    Ok(depths)
}
