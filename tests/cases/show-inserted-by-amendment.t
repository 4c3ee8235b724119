# the law in force: a section that no version of LAB has but an amending act inserts (§ 87 a, LOV 1654/2024) is found there, marked as a quoted new text whose act is uncertain (LOV 1654 amends several acts)
cmd: lovgraf --width 78 show 'LAB § 87 a'
contains:
  § 87 a. Personer omfattet af arbejdspligt efter § 105 a kan få tilbud om
  og forskellige andre love (LOV nr. 1654 af 2024-12-30)
  status: a quoted new text of an amending act: inserts LAB § 87 a
          (attribution uncertain: it amends several acts)
