# Writes the man page and the shell completions that the cxlint binary prints.
# usage: cmake -DCXLINT=path/to/cxlint -DOUTPUT_DIR=... -P generate_docs.cmake
foreach(pair "__manpage;man/cxlint.1" "completion;bash;completions/cxlint.bash"
             "completion;zsh;completions/_cxlint" "completion;fish;completions/cxlint.fish")
  list(POP_BACK pair file)
  get_filename_component(dir ${OUTPUT_DIR}/${file} DIRECTORY)
  file(MAKE_DIRECTORY ${dir})
  execute_process(COMMAND ${CXLINT} ${pair} OUTPUT_FILE ${OUTPUT_DIR}/${file} RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    file(REMOVE ${OUTPUT_DIR}/${file})
    message(FATAL_ERROR "cxlint ${pair} failed (${status})")
  endif()
endforeach()
