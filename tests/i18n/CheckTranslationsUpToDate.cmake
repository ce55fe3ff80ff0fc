# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
# Runs lupdate over today's sources into a copy of a .ts file: the copy must come out unchanged, so
# every tr() string is in the translations and none is left over (run update_translations, then
# translate what it added).
# cmake -DLUPDATE=… -DIN_FILE=<lupdate project .cmake> -DGENERATOR=<GenerateLUpdateProject.cmake>
#       -DTS=<console_de.ts> -DWORK=<dir> -P CheckTranslationsUpToDate.cmake
file(MAKE_DIRECTORY "${WORK}")
set(project "${WORK}/lupdate-project.json")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${IN_FILE} -DOUT_FILE=${project} -P "${GENERATOR}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Could not write the lupdate project ${project}")
endif()
get_filename_component(name "${TS}" NAME)
set(copy "${WORK}/${name}")
configure_file("${TS}" "${copy}" COPYONLY)
execute_process(COMMAND "${LUPDATE}" -project "${project}" -no-obsolete -locations none -ts "${copy}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${TS}" "${copy}" RESULT_VARIABLE differs)
if(differs)
    execute_process(COMMAND diff -u "${TS}" "${copy}" OUTPUT_VARIABLE diff)
    message(FATAL_ERROR "${TS} is out of date with the sources (run the update_translations target and "
        "translate what it adds):\n${output}\n${diff}")
endif()
message(STATUS "${name} holds exactly the sources' strings")
